package io.boneregistry.api.procedure;

/**
 * The imaging that looked for cement outside the bone: during the injection (fluoroscopy, CT
 * fluoroscopy, cone-beam CT) or after the procedure (CT, radiograph). CT after the procedure finds
 * leaks fluoroscopy misses, so the leak rate depends on it (BM-CEMENT-LEAK's series differ on it).
 */
public enum LeakImaging {
    FLUOROSCOPY, CT_FLUOROSCOPY, CONE_BEAM_CT, CT_AFTER_PROCEDURE, RADIOGRAPH_AFTER_PROCEDURE
}
