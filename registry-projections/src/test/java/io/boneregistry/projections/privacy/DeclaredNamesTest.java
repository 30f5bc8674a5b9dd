package io.boneregistry.projections.privacy;

import io.boneregistry.api.privacy.FreeText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeclaredNamesTest {

    @Test
    void theStoredEventsDeclareTheFreeTextAndTheIdentifyingFields() {
        DeclaredNames declared = DeclaredNames.ofStoredEvents();

        assertThat(declared.freeText()).containsExactlyInAnyOrder(
                "justification", "reasonForChange", "painOrigin", "description", "decision.reason", "erasureReason", "errorReason");
        assertThat(declared.identifying()).containsExactlyInAnyOrder(PersonalFields.PSEUDONYM, PersonalFields.BIRTH_YEAR);
    }

    record Note(@FreeText String reason) {
    }

    record Code(String reason) {
    }

    record Noted(Note note, List<Code> codes) {
    }

    @Test
    void aNameThatIsAlsoACodeIsFreeTextOnlyUnderItsParent() {
        assertThat(DeclaredNames.of(List.of(Noted.class)).freeText()).containsExactly("note.reason");
        assertThat(DeclaredNames.of(List.of(Note.class)).freeText()).containsExactly("reason");
    }

    @Test
    void aTopLevelNameThatIsFreeTextInOneEventAndACodeInAnotherIsRefused() {
        assertThatThrownBy(() -> DeclaredNames.of(List.of(Note.class, Code.class)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("reason");
    }
}
