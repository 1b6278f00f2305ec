package coop.fairshare.bench;

import coop.fairshare.savings.Passbook;
import coop.fairshare.savings.PassbookPdf;
import coop.fairshare.savings.SavingsEntryKind;
import coop.fairshare.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A benchmark, not a test: how long one passbook of 200 lines takes to render once the JVM is warm,
 * and how big it is. Run with
 * {@code mvn -o -q test-compile exec:java -Dexec.mainClass=coop.fairshare.bench.PassbookPdfBenchmark -Dexec.classpathScope=test}.
 */
public final class PassbookPdfBenchmark {

  private static final Locale THAI = Locale.forLanguageTag("th-TH");

  public static void main(String[] args) throws Exception {
    int lines = Integer.getInteger("bench.lines", 200);
    int rounds = Integer.getInteger("bench.rounds", 200);
    PassbookPdf pdf = new PassbookPdf();
    Passbook passbook = passbook(lines);

    long first = System.nanoTime();
    byte[] bytes = pdf.render(passbook, THAI);
    System.out.printf(Locale.ROOT, "first render (fonts loaded, cold JVM): %.0f ms%n", (System.nanoTime() - first) / 1e6);
    for (int i = 0; i < 100; i++) {
      pdf.render(passbook, i % 2 == 0 ? THAI : Locale.ENGLISH);
    }
    long[] millis = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      long started = System.nanoTime();
      bytes = pdf.render(passbook, THAI);
      millis[i] = System.nanoTime() - started;
    }
    Arrays.sort(millis);
    System.out.printf(Locale.ROOT, "%d lines, %d warm renders: p50 %.1f ms, p90 %.1f ms, max %.1f ms; %,d bytes%n", lines, rounds,
        millis[rounds / 2] / 1e6, millis[rounds * 9 / 10] / 1e6, millis[rounds - 1] / 1e6, bytes.length);

    ExecutorService threads = Executors.newFixedThreadPool(2);
    long started = System.nanoTime();
    List<Future<byte[]>> done = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      done.add(threads.submit(() -> pdf.render(passbook, THAI)));
    }
    for (Future<byte[]> one : done) {
      one.get();
    }
    threads.shutdown();
    System.out.printf(Locale.ROOT, "2 threads: %.1f passbooks/s%n", rounds / ((System.nanoTime() - started) / 1e9));
  }

  static Passbook passbook(int count) {
    List<Passbook.Line> lines = new ArrayList<>();
    Money balance = Money.ZERO;
    LocalDate day = LocalDate.of(2026, 1, 3);
    for (int i = 0; i < count; i++) {
      boolean out = i % 5 == 4;
      Money amount = Money.ofSatang(out ? -(20_000 + i * 7L) : 100_000 + i * 1_301L);
      balance = balance.plus(amount);
      SavingsEntryKind kind = out ? SavingsEntryKind.WITHDRAWAL : i % 3 == 0 ? SavingsEntryKind.SALE : SavingsEntryKind.DEPOSIT;
      lines.add(new Passbook.Line(day, kind, amount, balance, i % 2 == 0 ? "ใบรับ " + (1000 + i) : "R" + (10_000 + i)));
      day = day.plusDays(3);
    }
    return new Passbook("10042", "นางสาวสมศรี ใจดี", "Miss Somsri Jaidee", "กลุ่มน้ำผึ้งป่า ผู้ใหญ่บ้านดอยคำ", "S-10042-01",
        "ออมทรัพย์ทั่วไป", "General savings", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 9, 30), balance, lines);
  }
}
