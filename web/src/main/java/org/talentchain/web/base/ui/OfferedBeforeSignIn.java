package org.talentchain.web.base.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a menu view the header offers to visitors who have not signed in yet, because signing in is
 * the way there (the registrar's console, the holder's wallet). Once someone is signed in, the
 * header shows only the views their role may open.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OfferedBeforeSignIn {}
