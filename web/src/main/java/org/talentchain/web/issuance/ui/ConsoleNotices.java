package org.talentchain.web.issuance.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** How the console's panes tell the registrar that something worked or did not. */
final class ConsoleNotices {
  private ConsoleNotices() {}

  static void success(String text) {
    Notification n = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
    n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
  }

  static void failure(String text) {
    Notification n = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
    n.addThemeVariants(NotificationVariant.LUMO_ERROR);
  }
}
