package org.talentchain.web.consortium;

/** What kind of standing a recognition records; each has a label in every language. */
public enum RecognitionKind {
  /** A level on the Hong Kong Qualifications Framework (Qualifications Register entry). */
  HK_QF_LEVEL,
  /** Recognition by the Mainland Ministry of Education (e.g. its list of institutions). */
  MAINLAND_MOE,
  /** Recognition by Macao's Education and Youth Development Bureau (DSEDJ, formerly DSES). */
  MACAO_DSEDJ,
  /** Accreditation by an accreditation or professional body. */
  ACCREDITATION
}
