package vn.tuyengiao.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitType;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.platform.VietnamTime;
import vn.tuyengiao.report.Aggregation;
import vn.tuyengiao.report.ConsolidatedReport;
import vn.tuyengiao.report.Consolidation;
import vn.tuyengiao.report.Indicator;
import vn.tuyengiao.report.IssuerProfile;
import vn.tuyengiao.report.ReportCatalogue.IndicatorDefinition;
import vn.tuyengiao.report.ReportCatalogue;
import vn.tuyengiao.report.ReportCycle;
import vn.tuyengiao.report.ReportForm;
import vn.tuyengiao.report.UnitReport;
import vn.tuyengiao.report.ValueType;

/**
 * The quarterly cycle of the demo, retelling the Q1/2023 briefing of Bắc Kạn: a form with the 11 work
 * areas and 41 indicators, the eight district boards' accepted Q1 reports, and Q2 open with two boards
 * still missing (Ba Bể has not started, Pác Nặm is drafting). Every figure is invented, and the
 * narratives say so.
 */
@Component
@Order(20)
class DemoReports implements ApplicationRunner {

	static final String FORM = "BC-QUY";

	static final String INVENTED = "(Số liệu minh họa, không phải số liệu thật.)";

	private static final Logger log = LoggerFactory.getLogger(DemoReports.class);

	private final ReportCatalogue catalogue;

	private final ReportCycle cycle;

	private final Consolidation consolidation;

	private final OrgUnits units;

	private final boolean enabled;

	DemoReports(ReportCatalogue catalogue, ReportCycle cycle, Consolidation consolidation, OrgUnits units,
			Environment environment) {
		this.catalogue = catalogue;
		this.cycle = cycle;
		this.consolidation = consolidation;
		this.units = units;
		this.enabled = DemoData.enabled(environment);
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		List<OrgUnit> districts = units.all().stream().filter(u -> u.type() == OrgUnitType.DISTRICT_BOARD).toList();
		if (!enabled || !catalogue.forms().isEmpty() || districts.size() != 8) {
			return;
		}
		indicators().forEach(catalogue::createIndicator);
		catalogue.createForm(new ReportCatalogue.NewForm(FORM, "Báo cáo kết quả công tác tuyên giáo quý",
				catalogue.workAreas().stream().map(w -> w.code()).toList(),
				List.of("II. Đánh giá chung", "III. Phương hướng, nhiệm vụ quý tới", "IV. Đề xuất, kiến nghị")));
		ReportForm form = catalogue.form(FORM);
		Set<Long> districtIds = districts.stream().map(OrgUnit::id).collect(Collectors.toSet());

		List<UnitReport> q1 = cycle.assign(FORM, "2023Q1", districtIds, LocalDate.of(2023, 3, 25));
		for (UnitReport report : q1) {
			String name = shortName(report.unitId());
			// Ngân Sơn filed three days late: the completeness view has something to show.
			LocalDateTime submitted = name.equals("Ngân Sơn") ? LocalDateTime.of(2023, 3, 28, 9, 30)
					: LocalDateTime.of(2023, 3, 20 + (int) (report.unitId() % 5), 15, 0);
			cycle.recordFiled(report.id(), values(form, report.unitId(), 1), narratives(form, name, "quý I"),
					submitted.atZone(VietnamTime.ZONE).toInstant(), LocalDateTime.of(2023, 4, 3, 10, 0).atZone(VietnamTime.ZONE).toInstant());
		}

		issuers(districts);
		// The province's Q1 report, compiled and approved as "Số 12-BC/BTGTU" on the day of the briefing,
		// 12/4/2023, through the same service as a leader's approval, so its issued files are stored too.
		long province = districts.get(0).parentId();
		ConsolidatedReport q1Report = consolidation.recompile("2023Q1", province, null);
		consolidation.approve("2023Q1", province, LocalDate.of(2023, 4, 12), q1Report.version(), false);

		List<UnitReport> q2 = cycle.assign(FORM, "2023Q2", districtIds, LocalDate.of(2023, 6, 25));
		for (UnitReport report : q2) {
			String name = shortName(report.unitId());
			if (name.equals("Ba Bể")) {
				continue;
			}
			if (name.equals("Pác Nặm")) {
				Map<String, String> some = values(form, report.unitId(), 2).entrySet().stream().limit(12)
					.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
				cycle.save(report.id(), some, Map.of(), report.version());
				continue;
			}
			boolean accepted = !name.equals("Na Rì") && !name.equals("Chợ Mới");
			cycle.recordFiled(report.id(), values(form, report.unitId(), 2), narratives(form, name, "quý II"),
					LocalDateTime.of(2023, 6, 22, 16, 0).atZone(VietnamTime.ZONE).toInstant(),
					accepted ? LocalDateTime.of(2023, 7, 4, 9, 0).atZone(VietnamTime.ZONE).toInstant() : null);
		}
		log.info("Loaded demo reports: form {} with {} indicators, 2023Q1 accepted from 8 boards, 2023Q2 open",
				FORM, form.indicators().size());
	}

	/** How the province and the district boards head and sign their documents (names invented). */
	private void issuers(List<OrgUnit> districts) {
		long province = districts.get(0).parentId();
		consolidation.saveIssuer(province, new IssuerProfile("TỈNH ỦY BẮC KẠN", "BAN TUYÊN GIÁO", "Bắc Kạn",
				DemoData.TERM_START, 12, "K/T", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Hoàng Thị Lãnh",
				List.of("Ban Tuyên giáo Trung ương (b/c)", "Thường trực Tỉnh ủy (b/c)", "Các ban tuyên giáo huyện ủy, thành ủy",
						"Lãnh đạo Ban", "Lưu VP")));
		List<String> heads = List.of("Hà Văn Bình", "Lục Thị Hoa", "Nông Văn Minh", "Triệu Thị Thu", "Lý Văn Sơn",
				"Hoàng Văn Tùng", "Ma Thị Lan", "Đinh Văn Hải");
		for (OrgUnit district : districts) {
			String head = heads.get(districts.indexOf(district) % heads.size());
			String committee = district.shortName().startsWith("TP ") ? "THÀNH ỦY " + district.shortName().substring(3)
					: "HUYỆN ỦY " + district.shortName();
			consolidation.saveIssuer(district.id(), new IssuerProfile(committee.toUpperCase(java.util.Locale.forLanguageTag("vi")),
					"BAN TUYÊN GIÁO", district.shortName().replace("TP ", ""), DemoData.TERM_START, 1, "T/M", "BAN TUYÊN GIÁO",
					"TRƯỞNG BAN", head, List.of("Ban Tuyên giáo Tỉnh ủy (b/c)", "Lưu VP")));
		}
	}

	private String shortName(long unitId) {
		return units.find(unitId).map(OrgUnit::shortName).orElse("?");
	}

	/** Invented figures: a district's size times a little noise, the same on every start. */
	static Map<String, String> values(ReportForm form, long unitId, int quarter) {
		Random random = new Random(unitId * 31 + quarter);
		double size = 0.6 + (unitId % 5) * 0.2;
		Map<String, String> values = new LinkedHashMap<>();
		for (Indicator indicator : form.indicators()) {
			double noise = 0.85 + random.nextDouble() * 0.3;
			String value = switch (indicator.type()) {
				case YES_NO -> random.nextInt(5) == 0 ? "Không" : "Có";
				case PERCENT -> String.format(java.util.Locale.ROOT, "%.2f", 90 + random.nextDouble() * 9.5).replace('.', ',');
				case DECIMAL -> String.format(java.util.Locale.ROOT, "%.1f", 40 * size * noise).replace('.', ',');
				case TEXT -> "";
				case INTEGER -> String.valueOf(Math.max(0, Math.round(BASE.getOrDefault(indicator.code(), 5) * size * noise)));
			};
			if (!value.isEmpty()) {
				values.put(indicator.code(), value);
			}
		}
		return values;
	}

	static Map<String, String> narratives(ReportForm form, String unit, String quarter) {
		Map<String, String> narratives = new LinkedHashMap<>();
		for (ReportForm.Section section : form.sections()) {
			String text = section.workAreaId() == null
					? "Ban Tuyên giáo Huyện ủy " + unit + " " + NARRATIVE_ONLY.getOrDefault(section.code(), "báo cáo nội dung mục này.")
					: "Trong " + quarter + ", Ban Tuyên giáo Huyện ủy " + unit + " " + AREA_TEXT.getOrDefault(section.code(), "triển khai các nhiệm vụ theo kế hoạch.");
			narratives.put(section.code(), text + "\n\n" + INVENTED);
		}
		return narratives;
	}

	private static final Map<String, Integer> BASE = Map.ofEntries(Map.entry("TM01", 6), Map.entry("TM02", 9),
			Map.entry("TM03", 2), Map.entry("NQ01", 40), Map.entry("NQ02", 2600), Map.entry("NQ04", 3),
			Map.entry("DL01", 30), Map.entry("DL02", 3), Map.entry("DL03", 25), Map.entry("BV01", 12),
			Map.entry("BV02", 8), Map.entry("BV03", 15), Map.entry("DH01", 3500), Map.entry("DH02", 250000),
			Map.entry("DH03", 4), Map.entry("DH04", 3), Map.entry("DH05", 20), Map.entry("VH01", 14),
			Map.entry("VH02", 5), Map.entry("VH03", 2), Map.entry("LL01", 2), Map.entry("LL02", 120),
			Map.entry("LL03", 1), Map.entry("LL04", 180), Map.entry("KG01", 3), Map.entry("KG02", 2),
			Map.entry("HCM01", 3), Map.entry("HCM03", 10), Map.entry("HCM04", 4), Map.entry("PH01", 3),
			Map.entry("PH02", 1), Map.entry("XD01", 5), Map.entry("XD02", 12), Map.entry("XD03", 140),
			Map.entry("XD04", 25));

	private static final Map<String, String> AREA_TEXT = Map.ofEntries(
			Map.entry("THAM_MUU", "đã tham mưu Ban Thường vụ Huyện ủy ban hành các văn bản lãnh đạo, chỉ đạo công tác tuyên giáo; xây dựng kế hoạch tuyên truyền các ngày lễ lớn."),
			Map.entry("NGHI_QUYET", "đã phối hợp tổ chức hội nghị học tập, quán triệt các nghị quyết của Trung ương và của Tỉnh ủy; hướng dẫn cấp ủy cơ sở xây dựng chương trình hành động."),
			Map.entry("DU_LUAN", "duy trì giao ban cộng tác viên dư luận xã hội hằng tháng; tổng hợp, phản ánh kịp thời tâm trạng, ý kiến của cán bộ, đảng viên và nhân dân."),
			Map.entry("BAO_VE_NEN_TANG", "tăng cường đấu tranh phản bác các quan điểm sai trái, thù địch; phối hợp xử lý thông tin xấu, độc trên không gian mạng."),
			Map.entry("DINH_HUONG", "định hướng thông tin, tuyên truyền kết quả phát triển kinh tế - xã hội của huyện; tổ chức tuyên truyền miệng tại các chi bộ, thôn, bản."),
			Map.entry("VAN_HOA", "hướng dẫn tổ chức các hoạt động văn hóa, văn nghệ mừng Đảng, mừng Xuân; kiểm tra công tác quản lý lễ hội đầu năm."),
			Map.entry("LY_LUAN", "phối hợp Trung tâm Chính trị mở lớp bồi dưỡng lý luận chính trị; tiếp tục biên soạn lịch sử đảng bộ các xã."),
			Map.entry("KHOA_GIAO", "tham mưu thực hiện các chủ trương về giáo dục, y tế, khoa học và công nghệ trên địa bàn."),
			Map.entry("HOC_TAP_LAM_THEO", "triển khai chuyên đề năm 2023 về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; biểu dương các điển hình tiêu biểu."),
			Map.entry("PHOI_HOP", "phối hợp với các cơ quan quản lý nhà nước, cơ quan tư pháp cùng cấp trong tuyên truyền, phổ biến pháp luật và xử lý vụ việc."),
			Map.entry("XAY_DUNG_NGANH", "kiện toàn đội ngũ báo cáo viên, tuyên truyền viên cơ sở; cử cán bộ tham gia tập huấn nghiệp vụ."));

	private static final Map<String, String> NARRATIVE_ONLY = Map.of(
			"NARRATIVE_1", "đánh giá: công tác tuyên giáo trong kỳ được triển khai đồng bộ, kịp thời; tuy nhiên việc nắm bắt dư luận ở một số cơ sở còn chậm.",
			"NARRATIVE_2", "xác định nhiệm vụ quý tới: tiếp tục triển khai chuyên đề năm 2023; tuyên truyền kết quả phát triển kinh tế - xã hội của tỉnh và của huyện.",
			"NARRATIVE_3", "đề nghị Ban Tuyên giáo Tỉnh ủy tăng cường tập huấn nghiệp vụ cho cán bộ tuyên giáo cơ sở.");

	/** The demo catalogue: 41 indicators over the 11 work areas (their figures in DOMAIN.md §6 give the scale). */
	static List<IndicatorDefinition> indicators() {
		return List.of(
				integer("THAM_MUU", "TM01", "Văn bản tham mưu cấp ủy ban hành", "văn bản", true),
				integer("THAM_MUU", "TM02", "Kế hoạch, hướng dẫn đã ban hành", "văn bản", false),
				integer("THAM_MUU", "TM03", "Đề án, chương trình đang triển khai", "đề án", false),
				integer("NGHI_QUYET", "NQ01", "Hội nghị học tập, quán triệt nghị quyết", "hội nghị", true),
				integer("NGHI_QUYET", "NQ02", "Lượt cán bộ, đảng viên tham dự học tập nghị quyết", "lượt người", true),
				percent("NGHI_QUYET", "NQ03", "Tỷ lệ đảng viên tham gia học tập nghị quyết", true),
				integer("NGHI_QUYET", "NQ04", "Nghị quyết, chỉ thị được sơ kết, tổng kết", "văn bản", false),
				integer("DU_LUAN", "DL01", "Cộng tác viên dư luận xã hội", "người", false),
				integer("DU_LUAN", "DL02", "Báo cáo dư luận xã hội đã gửi", "báo cáo", true),
				integer("DU_LUAN", "DL03", "Ý kiến, kiến nghị được tổng hợp", "ý kiến", false),
				new IndicatorDefinition("DU_LUAN", "DL04", "Tổ chức giao ban cộng tác viên hằng tháng", "có/không",
						ValueType.YES_NO, Aggregation.NONE, null, null, false, true),
				integer("BAO_VE_NEN_TANG", "BV01", "Bài viết phản bác quan điểm sai trái, thù địch", "bài", true),
				integer("BAO_VE_NEN_TANG", "BV02", "Thông tin xấu, độc được phát hiện, xử lý", "tin", false),
				integer("BAO_VE_NEN_TANG", "BV03", "Bài dự thi chính luận bảo vệ nền tảng tư tưởng của Đảng", "bài", false),
				integer("DINH_HUONG", "DH01", "Buổi tuyên truyền miệng", "buổi", true),
				integer("DINH_HUONG", "DH02", "Lượt người nghe tuyên truyền miệng", "lượt người", false),
				integer("DINH_HUONG", "DH03", "Thông báo định hướng thông tin đã ban hành", "văn bản", false),
				integer("DINH_HUONG", "DH04", "Số bản tin nội bộ phát hành", "số", false),
				integer("DINH_HUONG", "DH05", "Tin, bài thông tin đối ngoại", "tin, bài", false),
				integer("VAN_HOA", "VH01", "Hoạt động văn hóa, văn nghệ được tổ chức", "hoạt động", false),
				integer("VAN_HOA", "VH02", "Lễ hội, sự kiện được hướng dẫn, kiểm tra", "sự kiện", false),
				integer("VAN_HOA", "VH03", "Tác phẩm văn học, nghệ thuật được hỗ trợ", "tác phẩm", false),
				integer("LY_LUAN", "LL01", "Lớp bồi dưỡng lý luận chính trị", "lớp", false),
				integer("LY_LUAN", "LL02", "Học viên các lớp lý luận chính trị", "học viên", false),
				integer("LY_LUAN", "LL03", "Cuốn lịch sử đảng bộ được biên soạn, xuất bản", "cuốn", false),
				integer("LY_LUAN", "LL04", "Báo, tạp chí của Đảng được đặt mua", "tờ", false),
				integer("KHOA_GIAO", "KG01", "Văn bản tham mưu về giáo dục, khoa học, y tế", "văn bản", false),
				integer("KHOA_GIAO", "KG02", "Cuộc kiểm tra, khảo sát lĩnh vực khoa giáo", "cuộc", false),
				percent("KHOA_GIAO", "KG03", "Tỷ lệ trường học đạt chuẩn quốc gia", false),
				integer("HOC_TAP_LAM_THEO", "HCM01", "Hội nghị triển khai chuyên đề năm", "hội nghị", true),
				percent("HOC_TAP_LAM_THEO", "HCM02", "Tỷ lệ cán bộ, đảng viên đăng ký làm theo", false),
				integer("HOC_TAP_LAM_THEO", "HCM03", "Tập thể, cá nhân điển hình được biểu dương", "tập thể, cá nhân", false),
				integer("HOC_TAP_LAM_THEO", "HCM04", "Mô hình học tập và làm theo mới", "mô hình", false),
				integer("PHOI_HOP", "PH01", "Cuộc họp phối hợp với cơ quan nhà nước, tư pháp", "cuộc", false),
				integer("PHOI_HOP", "PH02", "Vụ việc được chuyển cơ quan chức năng xử lý", "vụ việc", false),
				integer("XAY_DUNG_NGANH", "XD01", "Cán bộ làm công tác tuyên giáo", "người", true),
				integer("XAY_DUNG_NGANH", "XD02", "Báo cáo viên", "người", false),
				integer("XAY_DUNG_NGANH", "XD03", "Tuyên truyền viên cơ sở", "người", false),
				integer("XAY_DUNG_NGANH", "XD04", "Lượt cán bộ được tập huấn nghiệp vụ", "lượt", false),
				new IndicatorDefinition("XAY_DUNG_NGANH", "XD05", "Kinh phí hoạt động trong kỳ", "triệu đồng",
						ValueType.DECIMAL, Aggregation.SUM, BigDecimal.ZERO, null, false, true),
				new IndicatorDefinition("XAY_DUNG_NGANH", "XD06", "Ghi chú về tổ chức bộ máy", "ghi chú", ValueType.TEXT,
						Aggregation.NONE, null, null, false, true));
	}

	private static IndicatorDefinition integer(String area, String code, String name, String unit, boolean required) {
		return new IndicatorDefinition(area, code, name, unit, ValueType.INTEGER, Aggregation.SUM, BigDecimal.ZERO, null,
				required, true);
	}

	private static IndicatorDefinition percent(String area, String code, String name, boolean required) {
		return new IndicatorDefinition(area, code, name, "%", ValueType.PERCENT, Aggregation.AVERAGE, BigDecimal.ZERO,
				BigDecimal.valueOf(100), required, true);
	}

}
