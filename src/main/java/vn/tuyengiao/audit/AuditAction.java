package vn.tuyengiao.audit;

/** What kind of change an audit record is about. */
public enum AuditAction {

	CREATE, UPDATE, DELETE, LOGIN, LOGIN_FAILED, LOGOUT, PERMISSION_CHANGE, ACCESS_DENIED

}
