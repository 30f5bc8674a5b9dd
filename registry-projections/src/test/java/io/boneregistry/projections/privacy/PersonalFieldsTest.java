package io.boneregistry.projections.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalFieldsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void erasingBlanksPseudonymBirthYearAndFreeTextAtAnyDepthAndNothingElse() throws Exception {
        JsonNode event = json.readTree("""
                {"caseId": "c-1",
                 "registration": {"centreId": "IT-BO-01", "patientPseudonym": "P-1", "birthYear": 1950, "sex": "FEMALE"},
                 "decision": {"biopsy": true, "reason": "histology needed"},
                 "closure": {"reason": "DIED"},
                 "complications": [{"type": "FEVER", "description": "on the ward"}],
                 "justification": "discussed with the family", "detail": "rule text"}""");

        assertThat(PersonalFields.holdAny(event)).isTrue();
        PersonalFields.erase(event);
        assertThat(PersonalFields.holdAny(event)).isFalse();

        assertThat(event.at("/registration/patientPseudonym").isNull()).isTrue();
        assertThat(event.at("/registration/birthYear").isNull()).isTrue();
        assertThat(event.at("/decision/reason").isNull()).isTrue();
        assertThat(event.at("/complications/0/description").isNull()).isTrue();
        assertThat(event.get("justification").isNull()).isTrue();
        assertThat(event.at("/closure/reason").asText()).as("a closure's reason is a code").isEqualTo("DIED");
        assertThat(event.at("/registration/centreId").asText()).isEqualTo("IT-BO-01");
        assertThat(event.get("detail").asText()).isEqualTo("rule text");
        assertThat(event.at("/complications/0/type").asText()).isEqualTo("FEVER");
    }
}
