package io.boneregistry.api.guideline;

/**
 * How the guideline's own words put a rule (docs/guideline-rules.md#strength): {@code BINDING}
 * where the text says must, is necessary, is indispensable or is mandatory; {@code ADVISORY} where
 * it says may, should, normally, best, or is to be considered. A binding rule can still have an
 * advisory part (a biopsy the text calls normally unnecessary), which its policy says explicitly.
 */
public enum RuleStrength {
    BINDING, ADVISORY
}
