package vn.tuyengiao.access;

/** A role granted on an organisation unit (and so on its subtree). */
public record RoleGrant(Role role, long unitId) {
}
