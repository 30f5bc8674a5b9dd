package io.boneregistry.api.assessment;

/** A vertebral level; each belongs to exactly one vertebral {@link LesionSite}. */
public enum VertebralLevel {
    C1, C2, C3, C4, C5, C6, C7,
    T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12,
    L1, L2, L3, L4, L5;

    public LesionSite site() {
        return switch (name().charAt(0)) {
            case 'C' -> LesionSite.VERTEBRA_CERVICAL;
            case 'T' -> LesionSite.VERTEBRA_THORACIC;
            default -> LesionSite.VERTEBRA_LUMBAR;
        };
    }
}
