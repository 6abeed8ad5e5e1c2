/** A bank's verification service, reduced to what it needs: the credential library alone. */
module org.talentchain.examples.bank {
  requires org.talentchain.core;
}
