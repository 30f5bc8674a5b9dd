package io.boneregistry.api.assessment;

/**
 * Where the index lesion lies. Algorithm 1 of the guideline (R-STRATEGY-1, R-STRATEGY-2) and the
 * consolidation rule (R-CONSOLIDATE-LOADED) turn on whether the bone is flat or long and whether it
 * carries axial load; the registry's reading of each site is written here, once.
 */
public enum LesionSite {
    VERTEBRA_CERVICAL(Shape.FLAT, true, true),
    VERTEBRA_THORACIC(Shape.FLAT, true, true),
    VERTEBRA_LUMBAR(Shape.FLAT, true, true),
    SACRUM(Shape.FLAT, true, false),
    PELVIS_ACETABULUM(Shape.FLAT, true, false),
    PELVIS_OTHER(Shape.FLAT, false, false),
    RIB(Shape.FLAT, false, false),
    STERNUM(Shape.FLAT, false, false),
    SCAPULA(Shape.FLAT, false, false),
    SKULL(Shape.FLAT, false, false),
    FEMUR(Shape.LONG, true, false),
    TIBIA(Shape.LONG, true, false),
    HUMERUS(Shape.LONG, false, false),
    OTHER_LONG_BONE(Shape.LONG, false, false),
    CONDYLE(Shape.LONG, true, false),
    HAND_FOOT(Shape.SHORT, false, false),
    OTHER(Shape.SHORT, false, false);

    public enum Shape { FLAT, LONG, SHORT }

    private final Shape shape;
    private final boolean axiallyLoaded;
    private final boolean vertebral;

    LesionSite(Shape shape, boolean axiallyLoaded, boolean vertebral) {
        this.shape = shape;
        this.axiallyLoaded = axiallyLoaded;
        this.vertebral = vertebral;
    }

    public boolean flatBone() {
        return shape == Shape.FLAT;
    }

    public boolean longBone() {
        return shape == Shape.LONG;
    }

    public boolean axiallyLoaded() {
        return axiallyLoaded;
    }

    /** A bone around the spinal canal: a vertebra or the sacrum (where canal and epidural extension are asked). */
    public boolean spinalCanal() {
        return vertebral || this == SACRUM;
    }

    /** A mobile-spine vertebra: cervical, thoracic or lumbar (not the sacrum). */
    public boolean vertebral() {
        return vertebral;
    }
}
