/**
 * The four languages and the UI texts: {@link org.talentchain.web.base.i18n.SupportedLanguage} is
 * the one place that maps a reader's locale to zh-CN, zh-HK, en or pt, and {@link
 * org.talentchain.web.base.i18n.TranslationProvider} serves the bundles. Used by views and services
 * alike, so nothing here is a UI component.
 */
package org.talentchain.web.base.i18n;
