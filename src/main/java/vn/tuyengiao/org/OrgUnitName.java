package vn.tuyengiao.org;

import java.time.LocalDate;

/** A name a unit had from one day to another: what documents of that time must print. */
public record OrgUnitName(String name, String shortName, String symbol, LocalDate validFrom, LocalDate validTo) {
}
