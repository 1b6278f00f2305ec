package coop.fairshare.member.rest;

import coop.fairshare.member.ProducerGroup;

/** A producer group as the API shows it. */
public record GroupJson(long id, String code, String nameTh, String nameEn, String region, String regionNameTh, String regionNameEn, String province, Integer foundedYear) {

  public static GroupJson of(ProducerGroup g) {
    return new GroupJson(g.id(), g.code(), g.nameTh(), g.nameEn(), g.region().code(), g.region().nameTh(), g.region().nameEn(), g.province(), g.foundedYear().orElse(null));
  }
}
