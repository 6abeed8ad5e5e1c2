package org.talentchain.web.consortium.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.talentchain.web.consortium.ConsortiumService;
import org.talentchain.web.consortium.IssuerProfile;
import org.talentchain.web.consortium.IssuerRecognition;
import org.talentchain.web.consortium.RecognitionKind;

/**
 * The consortium admin records what an institution is recognised as (issue 13): its jurisdiction
 * (from its region) and recognitions with kind, body, level or reference and period. The verifier
 * shows them as what the consortium records, never as proved by the signature.
 */
class RecognitionDialog extends Dialog {
  private final ConsortiumService consortium;
  private final IssuerProfile issuer;
  private final Grid<IssuerRecognition> grid = new Grid<>();
  private final Paragraph error = new Paragraph();

  RecognitionDialog(ConsortiumService consortium, IssuerProfile issuer) {
    this.consortium = consortium;
    this.issuer = issuer;
    setId("recognition-dialog");
    setHeaderTitle(getTranslation("recognition.title", issuer.getNameEn()));
    setWidth("min(96vw, 860px)");

    Paragraph jurisdiction =
        new Paragraph(
            getTranslation(
                "recognition.jurisdiction",
                getTranslation("jurisdiction." + issuer.getRegion().jurisdiction().name())));
    Paragraph lead = new Paragraph(getTranslation("recognition.lead"));
    lead.addClassName("tc-hint");

    grid.setId("recognitions");
    grid.addColumn(r -> getTranslation("recognition.kind." + r.getKind().name()))
        .setHeader(getTranslation("recognition.kind"))
        .setAutoWidth(true);
    grid.addColumn(r -> r.getBodyZh() + " · " + r.getBodyEn())
        .setHeader(getTranslation("recognition.body"));
    grid.addColumn(IssuerRecognition::getReference)
        .setHeader(getTranslation("recognition.reference"));
    grid.addColumn(
            r -> r.getValidFrom() + " – " + r.getValidUntil().map(LocalDate::toString).orElse("…"))
        .setHeader(getTranslation("recognition.period"))
        .setAutoWidth(true);
    grid.addComponentColumn(
            r -> {
              Button remove =
                  new Button(
                      getTranslation("recognition.remove"),
                      e -> {
                        consortium.removeRecognition(r.getId());
                        refresh();
                      });
              remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
              return remove;
            })
        .setFlexGrow(0)
        .setAutoWidth(true);
    grid.setAllRowsVisible(true);

    Select<RecognitionKind> kind = new Select<>();
    kind.setId("recognition-kind");
    kind.setLabel(getTranslation("recognition.kind"));
    kind.setItems(RecognitionKind.values());
    kind.setItemLabelGenerator(k -> getTranslation("recognition.kind." + k.name()));
    kind.setValue(RecognitionKind.HK_QF_LEVEL);
    TextField bodyZh = new TextField(getTranslation("recognition.bodyZh"));
    bodyZh.setId("recognition-body-zh");
    bodyZh.setMaxLength(IssuerRecognition.MAX_BODY);
    TextField bodyEn = new TextField(getTranslation("recognition.bodyEn"));
    bodyEn.setId("recognition-body-en");
    bodyEn.setMaxLength(IssuerRecognition.MAX_BODY);
    TextField reference = new TextField(getTranslation("recognition.reference"));
    reference.setId("recognition-reference");
    reference.setMaxLength(IssuerRecognition.MAX_REFERENCE);
    reference.setHelperText(getTranslation("recognition.reference.help"));
    DatePicker from = new DatePicker(getTranslation("recognition.validFrom"));
    from.setId("recognition-from");
    from.setValue(LocalDate.now());
    DatePicker until = new DatePicker(getTranslation("recognition.validUntil"));
    until.setId("recognition-until");
    until.setHelperText(getTranslation("recognition.validUntil.help"));
    Button add = new Button(getTranslation("recognition.add"));
    add.setId("recognition-add");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add.addClickListener(
        e -> {
          error.setVisible(false);
          try {
            consortium.recordRecognition(
                issuer.getId(),
                new IssuerRecognition.Entry(
                    kind.getValue(),
                    bodyZh.getValue(),
                    bodyEn.getValue(),
                    reference.getValue(),
                    from.getValue(),
                    until.getValue()));
            bodyZh.clear();
            bodyEn.clear();
            reference.clear();
            until.clear();
            refresh();
          } catch (IssuerRecognition.InvalidRecognitionException ex) {
            error.setText(getTranslation(ex.key()));
            error.setVisible(true);
          } catch (NoSuchElementException ex) {
            error.setText(getTranslation("recognition.error.issuer"));
            error.setVisible(true);
          }
        });
    FormLayout form = new FormLayout(kind, reference, bodyZh, bodyEn, from, until);
    form.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
    error.setId("recognition-error");
    error.addClassName("tc-input-error");
    error.setVisible(false);

    add(jurisdiction, lead, grid, form, error, add);
    getFooter().add(new Button(getTranslation("recognition.close"), e -> close()));
    refresh();
  }

  private void refresh() {
    grid.setItems(consortium.recognitions(issuer.getId()));
  }
}
