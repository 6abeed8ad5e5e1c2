package org.talentchain.web.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a round's upload: the CSV and ZIP formats, and every bound with a hostile value. */
class RoundUploadTest {

  private static List<Candidate> csv(String text) throws UploadRejectedException {
    return RoundUpload.fromCsv(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** What the ZIP reader handed on, as "number name: kind". */
  private static List<String> zip(byte[] zip) throws UploadRejectedException {
    List<String> seen = new ArrayList<>();
    RoundUpload.readZip(
        new ByteArrayInputStream(zip),
        (number, name, content) -> seen.add(number + " " + name + ": " + content.length + " bytes"),
        (number, name, problem) -> seen.add(number + " " + name + ": " + problem));
    return seen;
  }

  @Test
  void csv_withoutHeader_firstColumnQrSecondReference() throws Exception {
    List<Candidate> rows = csv("TC1:AAA,cand-001\n\nTC1:BBB\n\"\",cand-003\n");

    assertThat(rows)
        .extracting(
            Candidate::number, Candidate::qrText, Candidate::reference, Candidate::problemKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "TC1:AAA", "cand-001", null),
            org.assertj.core.groups.Tuple.tuple(2, "TC1:BBB", "", null),
            org.assertj.core.groups.Tuple.tuple(3, null, "cand-003", "screening.problem.empty"));
    assertThat(rows.get(1).source()).isEqualTo("line 3");
  }

  @Test
  void csv_withHeaderAndBom_columnsFoundByName() throws Exception {
    List<Candidate> rows = csv("\uFEFFreference,QR\nA-1,TC1:XYZ\n");

    assertThat(rows)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.qrText()).isEqualTo("TC1:XYZ");
              assertThat(c.reference()).isEqualTo("A-1");
            });
    assertThat(csv("qr,reference\nTC1:Q,\u202Eevil\u0007ref\n").get(0).reference())
        .as("bidirectional overrides and control characters never reach a page or a PDF")
        .isEqualTo("evil ref");
  }

  @Test
  void csv_1000Rows_accepted_1001Rows_refusedWhole() throws Exception {
    assertThat(csv("TC1:A\n".repeat(1000))).hasSize(1000);

    assertThatThrownBy(() -> csv("TC1:A\n".repeat(1001)))
        .isInstanceOfSatisfying(
            UploadRejectedException.class,
            e -> assertThat(e.key()).isEqualTo("screening.rejected.tooMany"));
  }

  @Test
  void csv_hostileFiles_refusedWithTheirReason() {
    assertThatThrownBy(
            () ->
                RoundUpload.fromCsv(
                    new ByteArrayInputStream(new byte[(int) RoundUpload.MAX_CSV_BYTES + 1])))
        .hasMessage("screening.rejected.csvTooLarge");
    assertThatThrownBy(
            () -> RoundUpload.fromCsv(new ByteArrayInputStream(new byte[] {'T', 'C', (byte) 0xC3})))
        .hasMessage("screening.rejected.notUtf8");
    assertThatThrownBy(() -> csv("\"TC1:unterminated\n"))
        .hasMessage("screening.rejected.csvUnreadable");
    assertThatThrownBy(() -> csv("qr\n\n")).hasMessage("screening.rejected.empty");
  }

  @Test
  void csv_cellLongerThanAnyQrCode_isAnItemProblem() throws Exception {
    List<Candidate> rows = csv("TC1:" + "A".repeat(RoundUpload.MAX_QR_CHARS) + "\nTC1:OK\n");

    assertThat(rows.get(0).problemKey()).isEqualTo("screening.problem.qrTooLong");
    assertThat(rows.get(1).qrText()).isEqualTo("TC1:OK");
  }

  @Test
  void zip_filesInOrder_systemFilesAndFoldersSkipped() throws Exception {
    byte[] zip =
        Zips.zip()
            .add("round/", new byte[0])
            .add("round/a.png", new byte[] {1, 2, 3})
            .add("__MACOSX/round/._a.png", new byte[] {9})
            .add("round/.DS_Store", new byte[] {9})
            .add("round/b.pdf", new byte[] {4, 5})
            .bytes();

    assertThat(zip(zip)).containsExactly("1 round/a.png: 3 bytes", "2 round/b.pdf: 2 bytes");
  }

  @Test
  void zip_traversalNamesAndNestedArchives_listedButNeverOpened() throws Exception {
    byte[] inner = Zips.zip().add("x.png", new byte[] {1}).bytes();
    byte[] zip =
        Zips.zip()
            .add("../../etc/passwd", new byte[] {1})
            .add("/abs.png", new byte[] {1})
            .add("C:\\win.png", new byte[] {1})
            .add("inner.zip", inner)
            .add("disguised.png", inner)
            .add("fine.png", new byte[] {7})
            .bytes();

    assertThat(zip(zip))
        .containsExactly(
            "1 ../../etc/passwd: screening.problem.unsafeName",
            "2 /abs.png: screening.problem.unsafeName",
            "3 C:\\win.png: screening.problem.unsafeName",
            "4 inner.zip: screening.problem.nestedArchive",
            "5 disguised.png: screening.problem.nestedArchive",
            "6 fine.png: 1 bytes");
  }

  @Test
  void zip_1000Files_accepted_1001Files_refusedWhole() throws Exception {
    Zips thousand = Zips.zip();
    for (int i = 0; i < 1000; i++) {
      thousand.add("c" + i + ".png", new byte[] {1});
    }
    assertThat(zip(thousand.bytes())).hasSize(1000);

    Zips tooMany = Zips.zip();
    for (int i = 0; i < 1001; i++) {
      tooMany.add("c" + i + ".png", new byte[] {1});
    }
    assertThatThrownBy(() -> zip(tooMany.bytes())).hasMessage("screening.rejected.tooMany");
  }

  @Test
  void zip_entriesBeyondTheEntryBound_refusedEvenWhenTheyAreFolders() {
    Zips folders = Zips.zip();
    for (int i = 0; i <= RoundUpload.MAX_ENTRIES; i++) {
      folders.add("d" + i + "/", new byte[0]);
    }
    assertThatThrownBy(() -> zip(folders.bytes())).hasMessage("screening.rejected.tooManyEntries");
  }

  @Test
  void zip_oneFileOverTheFileBound_isAnItemProblem_othersRead() throws Exception {
    byte[] zip =
        Zips.zip()
            .zeros("big.png", RoundUpload.MAX_ENTRY_BYTES + 1)
            .add("small.png", new byte[] {1})
            .bytes();

    assertThat(zip(zip))
        .containsExactly("1 big.png: screening.problem.fileTooLarge", "2 small.png: 1 bytes");
  }

  @Test
  void zip_bomb_refusedWhenTheInflatedTotalPassesTheBound_evenInASkippedEntry() {
    // 401 MB of zeros deflate to about 400 KB: the reader counts what it inflates, not what the
    // entry declares, and stops at the bound.
    byte[] bomb = Zips.zip().zeros("__MACOSX/._bomb", RoundUpload.MAX_TOTAL_BYTES + 1).bytes();
    assertThat(bomb.length).isLessThan(1_000_000);

    assertThatThrownBy(() -> zip(bomb)).hasMessage("screening.rejected.tooLarge");
  }

  @Test
  void zip_notAZipOrEmpty_refused() {
    assertThatThrownBy(() -> zip("PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1)))
        .isInstanceOf(UploadRejectedException.class);
    assertThatThrownBy(() -> zip(Zips.zip().add("folder/", new byte[0]).bytes()))
        .hasMessage("screening.rejected.empty");
  }

  @Test
  void safeName_climbingOutOrAbsoluteOrControl_isUnsafe() {
    assertThat(RoundUpload.isSafeName("round 1/陳大文.pdf")).isTrue();
    assertThat(RoundUpload.isSafeName("a/../../b.png")).isFalse();
    assertThat(RoundUpload.isSafeName("..\\b.png")).isFalse();
    assertThat(RoundUpload.isSafeName("\\\\server\\share.png")).isFalse();
    assertThat(RoundUpload.isSafeName("D:b.png")).isFalse();
    assertThat(RoundUpload.isSafeName("a\u0000.png")).isFalse();
  }
}
