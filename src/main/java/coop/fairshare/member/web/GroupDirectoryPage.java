package coop.fairshare.member.web;

import coop.fairshare.member.GroupDirectory;
import coop.fairshare.member.ProducerGroup;
import coop.fairshare.member.Region;
import coop.fairshare.shared.Page;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The producer-group directory: every region with its first groups by code and the way to all of
 * them, or one region's groups 48 a page ({@code ?region=}). A national network's ten thousand
 * groups are never all on one page.
 */
@Named
@RequestScoped
@RetriedOnDeadlock
public class GroupDirectoryPage {

  /** Groups shown under each region on the directory's first page. */
  static final int FIRST_OF_REGION = 12;
  /** Groups on a page of one region. */
  static final int PAGE_SIZE = 48;

  @EJB
  private GroupDirectory directory;

  private String region;
  private int page;
  private List<Region> all;
  private List<Region> regions;
  private Map<Long, Long> counts;
  private final Map<Long, List<ProducerGroup>> shown = new java.util.HashMap<>();

  /** The regions shown: the one asked for, or all of them. */
  public List<Region> getRegions() {
    if (regions == null) {
      regions = chosen().map(List::of).orElse(allRegions());
    }
    return regions;
  }

  /** Whether one region is shown, a page at a time. */
  public boolean isOneRegion() {
    return chosen().isPresent();
  }

  public long count(Region region) {
    if (counts == null) {
      counts = directory.groupCountsByRegion();
    }
    return counts.getOrDefault(region.id(), 0L);
  }

  /** The region's groups shown: the first few, or the page asked for of the one region. */
  public List<ProducerGroup> groups(Region region) {
    return shown.computeIfAbsent(region.id(),
        id -> isOneRegion() ? directory.groupsOfRegion(id, currentPage(), PAGE_SIZE) : directory.groupsOfRegion(id, 0, FIRST_OF_REGION));
  }

  /** The page of the one region shown, as a pager sees it (none when every region is shown). */
  public Page<ProducerGroup> getRegionPage() {
    return chosen().map(r -> new Page<ProducerGroup>(groups(r), currentPage(), PAGE_SIZE, count(r))).orElse(new Page<>(List.of(), 0, PAGE_SIZE, 0));
  }

  /** The address of another page of the region shown. */
  public String pageLink(int target) {
    return "?region=" + chosen().map(Region::code).orElse("") + "&page=" + target;
  }

  public boolean hasMore(Region region) {
    return !isOneRegion() && count(region) > FIRST_OF_REGION;
  }

  private int currentPage() {
    return Math.max(0, Math.min(page, Page.MAX_PAGE));
  }

  private List<Region> allRegions() {
    if (all == null) {
      all = directory.regions();
    }
    return all;
  }

  /** The region asked for, if it is one (an unknown code shows every region). */
  private Optional<Region> chosen() {
    return region == null ? Optional.empty() : allRegions().stream().filter(r -> r.code().equals(region)).findFirst();
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
