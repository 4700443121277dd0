package vn.tuyengiao.monitor.internal;

import vn.tuyengiao.monitor.Source;
import vn.tuyengiao.monitor.SourceKind;
import vn.tuyengiao.monitor.SourceType;
import vn.tuyengiao.monitor.Sources;

/** The source editor's fields, bound from the form; {@code version} is the one the editor was opened on. */
public class SourceForm {

	private String name;

	private SourceType type = SourceType.RSS;

	private String url;

	private String outlet;

	private SourceKind kind = SourceKind.PRESS;

	private String language = "vi";

	private Integer intervalMinutes = 60;

	private boolean active = true;

	private long version;

	static SourceForm blank() {
		return new SourceForm();
	}

	static SourceForm of(Source source) {
		SourceForm form = new SourceForm();
		form.name = source.name();
		form.type = source.type();
		form.url = source.url();
		form.outlet = source.outlet();
		form.kind = source.kind();
		form.language = source.language();
		form.intervalMinutes = source.intervalMinutes();
		form.active = source.active();
		form.version = source.version();
		return form;
	}

	Sources.NewSource toNewSource(long ownerUnitId) {
		return new Sources.NewSource(name, type, url, outlet, kind, language,
				type == SourceType.IMPORT ? null : intervalMinutes, ownerUnitId);
	}

	Sources.SourceChange toChange() {
		return new Sources.SourceChange(name, url, outlet, kind, language, intervalMinutes, active, version);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public SourceType getType() {
		return type;
	}

	public void setType(SourceType type) {
		this.type = type;
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getOutlet() {
		return outlet;
	}

	public void setOutlet(String outlet) {
		this.outlet = outlet;
	}

	public SourceKind getKind() {
		return kind;
	}

	public void setKind(SourceKind kind) {
		this.kind = kind;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public Integer getIntervalMinutes() {
		return intervalMinutes;
	}

	public void setIntervalMinutes(Integer intervalMinutes) {
		this.intervalMinutes = intervalMinutes;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
