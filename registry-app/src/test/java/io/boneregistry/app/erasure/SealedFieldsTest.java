package io.boneregistry.app.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SealedFieldsTest {

    private static final Optional<SecretKey> KEY = Optional.of(new SecretKeySpec(new byte[32], "AES"));
    private static final Optional<SecretKey> ERASED = Optional.empty();

    private final ObjectMapper json = new ObjectMapper();
    private final SealedFields fields = new SealedFields(json);

    @Test
    void sealedFieldsOpenWithTheirCasesKeyToWhatTheyWere() throws Exception {
        JsonNode event = registered();
        fields.seal(event, "case-1", KEY);
        assertThat(event.toString()).doesNotContain("P-000123", "1956").contains(SealedFields.MARKER);
        assertThat(event.at("/registration/centreId").asText()).isEqualTo("IT-BO-01");

        fields.open(event, "case-1", KEY);
        assertThat(event).isEqualTo(registered());
    }

    @Test
    void withoutTheKeySealedFieldsOpenAsNullAndNewOnesAreNotKept() throws Exception {
        JsonNode sealed = registered();
        fields.seal(sealed, "case-1", KEY);
        fields.open(sealed, "case-1", ERASED);
        assertThat(sealed.at("/registration/patientPseudonym").isNull()).isTrue();
        assertThat(sealed.at("/registration/birthYear").isNull()).isTrue();

        JsonNode afterErasure = registered();
        fields.seal(afterErasure, "case-1", ERASED);
        assertThat(afterErasure.at("/registration/patientPseudonym").isNull()).isTrue();
    }

    @Test
    void aSealedFieldOpensOnlyInItsOwnCase() throws Exception {
        JsonNode event = registered();
        fields.seal(event, "case-1", KEY);
        assertThatThrownBy(() -> fields.open(event, "case-2", KEY)).isInstanceOf(IllegalStateException.class);
    }

    private JsonNode registered() throws Exception {
        return json.readTree("""
                {"caseId": "case-1", "registration": {"centreId": "IT-BO-01", "patientPseudonym": "P-000123",
                 "birthYear": 1956, "sex": "FEMALE", "referralDate": "2026-01-10"}}""");
    }
}
