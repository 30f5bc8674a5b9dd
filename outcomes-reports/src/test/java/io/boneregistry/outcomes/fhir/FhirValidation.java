package io.boneregistry.outcomes.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

import java.util.ArrayList;
import java.util.List;

/**
 * HAPI's validator against the base R4 specification, with no terminology server: codes of
 * external systems (LOINC, SNOMED CT, ICD-O-3, the registry's own) are warned about, not checked.
 * Built once per test run; it takes some seconds.
 */
public final class FhirValidation {

    public static final FhirContext R4 = FhirContext.forR4Cached();
    private static FhirValidator validator;

    private FhirValidation() {
    }

    /** The validator's errors and fatal errors for the resource, each with its location; empty when valid. */
    public static synchronized List<String> errors(IBaseResource resource) {
        if (validator == null) {
            ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(R4),
                    new CommonCodeSystemsTerminologyService(R4), new InMemoryTerminologyServerValidationSupport(R4),
                    new SnapshotGeneratingValidationSupport(R4));
            validator = R4.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
        }
        List<String> errors = new ArrayList<>();
        for (SingleValidationMessage message : validator.validateWithResult(resource).getMessages()) {
            if (message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()) {
                errors.add(resource.fhirType() + " " + message.getLocationString() + ": " + message.getMessage());
            }
        }
        return errors;
    }
}
