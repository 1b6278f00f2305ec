package coop.fairshare.member;

import java.lang.reflect.Constructor;

/** Groups and regions for plain unit tests of other areas. */
public final class MemberFixtures {

  private MemberFixtures() {}

  /** Regions are reference data with no public constructor; the test makes one the way JPA would. */
  public static Region region() {
    try {
      Constructor<Region> constructor = Region.class.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ProducerGroup nanWeavers() {
    return new ProducerGroup("NAN-WEAVERS", "กลุ่มทอผ้าน่าน", "Nan Weavers", region(), "น่าน", "กลุ่มแม่บ้านทอผ้า", "Women of Nan weaving together", 2001);
  }
}
