package coop.fairshare.member.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.member.GroupDirectory;
import coop.fairshare.member.ProducerGroup;
import coop.fairshare.member.Region;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The producer-group directory, region by region. */
@Named
@RequestScoped
@RetriedOnDeadlock
public class GroupDirectoryPage {

  @EJB
  private GroupDirectory directory;

  private Map<Region, List<ProducerGroup>> byRegion;

  public Map<Region, List<ProducerGroup>> getByRegion() {
    if (byRegion == null) {
      List<ProducerGroup> groups = directory.groups();
      byRegion = new LinkedHashMap<>();
      for (Region region : directory.regions()) {
        byRegion.put(region, groups.stream().filter(g -> g.region().id().equals(region.id())).toList());
      }
    }
    return byRegion;
  }

  public List<Region> getRegions() {
    return List.copyOf(getByRegion().keySet());
  }
}
