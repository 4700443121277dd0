package vn.tuyengiao.report.internal.document;

import java.util.List;

import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.report.PartyDocument.Block;
import vn.tuyengiao.report.PartyDocument.Bullet;
import vn.tuyengiao.report.PartyDocument.Heading;
import vn.tuyengiao.report.PartyDocument.Note;
import vn.tuyengiao.report.PartyDocument.Paragraph;
import vn.tuyengiao.report.PartyDocument.Signature;
import vn.tuyengiao.report.PartyDocument.Table;

/** Party documents for the writers' tests: the provincial board's quarterly report with made-up figures. */
final class PartyDocuments {

	static final Signature DEPUTY_HEAD = new Signature("K/T", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Văn A");

	static final Table INDICATORS = new Table(List.of("STT", "Chỉ tiêu", "Đơn vị", "Quý I/2023"),
			List.of(List.of("1", "Hội nghị học tập, quán triệt nghị quyết", "hội nghị", "655"),
					List.of("2", "Cán bộ, đảng viên tham dự", "người", "42.904"),
					List.of("3", "Tỷ lệ đảng viên được học tập", "%", "97,55"),
					List.of("4", "Cộng tác viên dư luận xã hội cấp tỉnh", "người", "32")));

	/** A sentence of the body, to find in what a writer printed. */
	static final String BODY_SENTENCE = "Tình hình tư tưởng của cán bộ, đảng viên và Nhân dân trong tỉnh cơ bản ổn định.";

	private PartyDocuments() {
	}

	static PartyDocument quarterlyReport() {
		return quarterlyReport("Bắc Kạn, ngày 12 tháng 4 năm 2023", DEPUTY_HEAD);
	}

	/**
	 * The provincial board's first-quarter report, outlined as in DOMAIN.md §5, with made-up figures. It
	 * runs to more than one page, so page numbering shows.
	 */
	static PartyDocument quarterlyReport(String placeAndDate, Signature signature) {
		List<Block> body = List.of(
				new Heading(1, "I. TÌNH HÌNH, KẾT QUẢ THỰC HIỆN NHIỆM VỤ"),
				new Heading(2, "1. Công tác tham mưu cấp ủy lãnh đạo, chỉ đạo"),
				new Paragraph("Ban Tuyên giáo Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành kế hoạch học tập, "
						+ "quán triệt nghị quyết; hướng dẫn các huyện ủy, thành ủy tổ chức thực hiện."),
				new Heading(2, "2. Sơ kết, tổng kết nghị quyết, chỉ thị; học tập, quán triệt nghị quyết"),
				new Bullet("Tổ chức 655 hội nghị học tập, quán triệt nghị quyết cho 42.904 lượt cán bộ, đảng viên;"),
				new Bullet("Tỷ lệ đảng viên được học tập đạt 97,55%."),
				INDICATORS,
				new Note("Số liệu minh họa, không phải số liệu thật."),
				new Heading(2, "3. Nắm bắt, phản ánh tình hình tư tưởng, dư luận xã hội"),
				new Paragraph(BODY_SENTENCE),
				new Paragraph("Cán bộ, đảng viên và Nhân dân quan tâm đến kết quả phát triển kinh tế - xã hội, "
						+ "công tác phòng, chống tham nhũng, tiêu cực và việc sắp xếp đơn vị hành chính."),
				new Heading(2, "4. Bảo vệ nền tảng tư tưởng của Đảng; đấu tranh chống thông tin xấu, độc, sai trái"),
				new Paragraph("Ban Chỉ đạo 35 các cấp theo dõi, phát hiện và đấu tranh, phản bác các quan điểm sai "
						+ "trái, thù địch trên không gian mạng; đăng tải các bài viết phản bác."),
				new Heading(2, "5. Định hướng thông tin, tuyên truyền, báo chí - xuất bản, thông tin đối ngoại"),
				new Paragraph("Định hướng các cơ quan báo chí của tỉnh tuyên truyền các ngày lễ lớn, sự kiện chính trị "
						+ "quan trọng của đất nước và của tỉnh."),
				new Heading(3, "a) Công tác báo cáo viên"),
				new Bullet("Duy trì hội nghị báo cáo viên định kỳ hằng tháng ở cấp tỉnh và cấp huyện."),
				new Heading(2, "6. Văn hóa - văn nghệ"),
				new Paragraph("Hướng dẫn tổ chức các hoạt động văn hóa, văn nghệ mừng Đảng, mừng Xuân."),
				new Heading(2, "7. Lý luận chính trị; nghiên cứu, biên soạn, giáo dục lịch sử Đảng"),
				new Paragraph("Phối hợp mở các lớp bồi dưỡng lý luận chính trị cho đảng viên mới."),
				new Heading(1, "II. ĐÁNH GIÁ CHUNG"),
				new Paragraph("Công tác tuyên giáo quý I được triển khai kịp thời."),
				new Heading(1, "III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ TỚI"),
				new Bullet("Tiếp tục định hướng thông tin, tuyên truyền các sự kiện chính trị quan trọng."),
				new Heading(1, "IV. ĐỀ XUẤT, KIẾN NGHỊ"),
				new Paragraph("Không."));
		List<String> recipients = List.of("Ban Tuyên giáo Trung ương (b/c)", "Thường trực Tỉnh ủy (b/c)",
				"Các huyện ủy, thành ủy", "Lưu VP");
		return new PartyDocument("TỈNH ỦY BẮC KẠN", "BAN TUYÊN GIÁO", "Số 12-BC/BTGTU", placeAndDate, "BÁO CÁO",
				"Kết quả công tác tuyên giáo quý I năm 2023; phương hướng, nhiệm vụ quý II năm 2023", body, recipients,
				signature);
	}

}
