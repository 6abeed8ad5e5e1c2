package org.talentchain.web.base.ui;

import com.vaadin.flow.router.Menu;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The header's entries, built from the views' own route metadata: every view with a {@link Menu}
 * that the person may open, in menu order. Visitors also see the views marked {@link
 * OfferedBeforeSignIn}, which lead through sign-in. The menu title is a translation key.
 */
final class Navigation {
  private Navigation() {}

  /** A view that has a route: its class and the path it answers at. */
  record View(Class<?> type, String path) {
    View {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(path, "path");
    }
  }

  /** One header entry. */
  record Entry(String titleKey, String path, double order) {
    /** The element id, e.g. {@code nav-issue} for the title key {@code nav.issue}. */
    String id() {
      return titleKey.replace('.', '-');
    }
  }

  static List<Entry> entries(
      Collection<View> views, Predicate<Class<?>> mayOpen, boolean signedIn) {
    return views.stream()
        .filter(v -> v.type().isAnnotationPresent(Menu.class))
        .filter(
            v ->
                mayOpen.test(v.type())
                    || (!signedIn && v.type().isAnnotationPresent(OfferedBeforeSignIn.class)))
        .map(
            v -> {
              Menu menu = v.type().getAnnotation(Menu.class);
              return new Entry(menu.title(), v.path(), menu.order());
            })
        .sorted(Comparator.comparingDouble(Entry::order).thenComparing(Entry::titleKey))
        .toList();
  }
}
