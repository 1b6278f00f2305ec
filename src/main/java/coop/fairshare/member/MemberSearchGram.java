package coop.fairshare.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One row of the member register's trigram index, as its name search's subquery reads it
 * ({@code m.id IN (SELECT g.memberId FROM MemberSearchGram g WHERE g.gram = :g)}). The rows are
 * written with the member ({@link Member}'s search grams, or a spreadsheet's import); this view of
 * them is only read. A subquery, not a join, so the member stays the first table and MariaDB may
 * walk the register in number order for a common name (see {@link Members#list}).
 */
@Entity
@Table(name = "member_search_gram")
@IdClass(MemberSearchGram.Key.class)
public class MemberSearchGram {

  @Id
  @Column(name = "gram")
  private String gram;

  @Id
  @Column(name = "member_id")
  private Long memberId;

  protected MemberSearchGram() {}

  /** The row's key: a gram of a member. */
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private String gram;
    private Long memberId;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && Objects.equals(gram, k.gram) && Objects.equals(memberId, k.memberId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(gram, memberId);
    }
  }
}
