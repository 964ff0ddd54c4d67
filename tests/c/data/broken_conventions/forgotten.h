/* A part of broken_conventions.h that it does not include: the check must say so. */
MHF_EXPORT void mhf_thing_forgotten(void);
