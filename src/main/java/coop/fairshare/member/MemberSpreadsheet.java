package coop.fairshare.member;

import coop.fairshare.shared.BusinessRuleViolation;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A spreadsheet of members, as treasurers keep them today, saved as CSV in UTF-8 (a byte-order mark
 * is fine) with a header row naming the columns in any order:
 * {@code nameTh, nameEn, groupCode or groupId, occupation, gender, birthDate, joinedOn, phone}.
 * Every row is checked with the register's own rules before any goes in; the answer is either every
 * row, ready to number, or every bad line with its reason.
 */
public final class MemberSpreadsheet {

  /** The columns, in the order the import page shows them. */
  public static final List<String> COLUMNS = List.of("nameTh", "nameEn", "groupCode", "groupId", "occupation", "gender", "birthDate", "joinedOn", "phone");
  /** Columns every file has; the group is named by one of groupCode or groupId. */
  static final List<String> REQUIRED = List.of("nameTh", "occupation", "gender", "birthDate", "joinedOn");
  /** More rows than the whole network has members three times over is a wrong file. */
  public static final int MAX_ROWS = 20_000;

  /** One good row: its line in the file, her details and the day she joined. */
  public record Row(long line, MemberDetails details, LocalDate joinedOn) {}

  /** The file checked: its rows when every one is good, else every problem. */
  public record Checked(List<Row> rows, List<ImportProblem> problems) {

    public boolean good() {
      return problems.isEmpty();
    }
  }

  private MemberSpreadsheet() {}

  /**
   * Checks a file. {@code groupByCode} and {@code groupById} find the groups a row names (empty when
   * there is none such).
   */
  public static Checked check(byte[] file, Function<String, Optional<ProducerGroup>> groupByCode, Function<Long, Optional<ProducerGroup>> groupById) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(file == null ? new byte[0] : file)).toString();
    } catch (CharacterCodingException e) {
      return refused(new ImportProblem(1, "member.import.notUtf8", null, null));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return refused(new ImportProblem(1, "member.import.empty", null, null));
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true)
        .setAllowMissingColumnNames(false).get();
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
      Map<String, String> columns = new LinkedHashMap<>();
      List<ImportProblem> problems = new ArrayList<>();
      for (String name : parser.getHeaderNames()) {
        String known = COLUMNS.stream().filter(c -> c.equalsIgnoreCase(name.strip())).findFirst().orElse(null);
        if (known == null) {
          problems.add(new ImportProblem(1, "member.import.unknownColumn", new Object[] {name, String.join(", ", COLUMNS)}, name));
        } else {
          columns.put(known, name);
        }
      }
      for (String required : REQUIRED) {
        if (!columns.containsKey(required)) {
          problems.add(new ImportProblem(1, "member.import.missingColumn", new Object[] {required}, required));
        }
      }
      if (!columns.containsKey("groupCode") && !columns.containsKey("groupId")) {
        problems.add(new ImportProblem(1, "member.import.missingColumn", new Object[] {"groupCode"}, "groupCode"));
      }
      if (!problems.isEmpty()) {
        return new Checked(List.of(), problems);
      }
      List<Row> rows = new ArrayList<>();
      long line = 1;
      for (CSVRecord record : parser) {
        // the line the row starts on, as a spreadsheet program numbers it (quoted line breaks included)
        line = parser.getCurrentLineNumber() - (record.isConsistent() ? lineBreaksIn(record) : 0);
        if (rows.size() + problems.size() >= MAX_ROWS) {
          return refused(new ImportProblem(line, "member.import.tooMany", new Object[] {MAX_ROWS}, null));
        }
        if (!record.isConsistent()) {
          problems.add(new ImportProblem(line, "member.import.columnCount", new Object[] {record.size(), parser.getHeaderNames().size()}, null));
          continue;
        }
        try {
          rows.add(row(line, record, columns, groupByCode, groupById));
        } catch (BusinessRuleViolation e) {
          problems.add(new ImportProblem(line, e.messageKey(), e.arguments(), e.field().orElse(null)));
        }
      }
      if (rows.isEmpty() && problems.isEmpty()) {
        return refused(new ImportProblem(1, "member.import.empty", null, null));
      }
      return problems.isEmpty() ? new Checked(rows, List.of()) : new Checked(List.of(), problems);
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      // a header named twice, a quote never closed: the file is not a table we can read
      return refused(new ImportProblem(1, "member.import.unreadable", null, null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long lineBreaksIn(CSVRecord record) {
    long breaks = 0;
    for (String value : record) {
      breaks += value.chars().filter(c -> c == '\n').count();
    }
    return breaks;
  }

  private static Row row(long line, CSVRecord record, Map<String, String> columns, Function<String, Optional<ProducerGroup>> groupByCode,
      Function<Long, Optional<ProducerGroup>> groupById) {
    ProducerGroup group = group(value(record, columns, "groupCode"), value(record, columns, "groupId"), groupByCode, groupById);
    MemberDetails details = MemberDetails.of(value(record, columns, "nameTh"), value(record, columns, "nameEn"), group, value(record, columns, "occupation"),
        RegisterFields.gender(value(record, columns, "gender")), RegisterFields.date(value(record, columns, "birthDate"), "birthDate"),
        value(record, columns, "phone"));
    LocalDate joinedOn = RegisterFields.date(value(record, columns, "joinedOn"), "joinedOn");
    Member.requireJoinable(details, joinedOn);
    return new Row(line, details, joinedOn);
  }

  /** The group a row names by code or by id (when both, they must agree). */
  private static ProducerGroup group(String code, String id, Function<String, Optional<ProducerGroup>> groupByCode, Function<Long, Optional<ProducerGroup>> groupById) {
    ProducerGroup byCode = null;
    if (code != null && !code.isBlank()) {
      byCode = groupByCode.apply(code.strip().toUpperCase(Locale.ROOT)).orElseThrow(() -> new coop.fairshare.shared.BadInput("member.group.unknown", code.strip()).on("groupCode"));
    }
    ProducerGroup byId = null;
    if (id != null && !id.isBlank()) {
      long number;
      try {
        number = Long.parseLong(id.strip());
      } catch (NumberFormatException e) {
        throw new coop.fairshare.shared.BadInput("member.group.unknown", id.strip()).on("groupId");
      }
      byId = groupById.apply(number).orElseThrow(() -> new coop.fairshare.shared.BadInput("member.group.unknown", id.strip()).on("groupId"));
    }
    if (byCode != null && byId != null && byCode != byId && !byCode.sameAs(byId)) {
      throw new coop.fairshare.shared.BadInput("member.import.groupsDisagree", code.strip(), id.strip()).on("groupId");
    }
    return byCode != null ? byCode : byId;
  }

  private static String value(CSVRecord record, Map<String, String> columns, String column) {
    String header = columns.get(column);
    if (header == null || !record.isSet(header)) {
      return null;
    }
    String value = record.get(header);
    return value == null || value.isBlank() ? null : value;
  }

  private static Checked refused(ImportProblem problem) {
    return new Checked(List.of(), List.of(problem));
  }
}
