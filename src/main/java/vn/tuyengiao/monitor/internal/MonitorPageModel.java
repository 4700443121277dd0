package vn.tuyengiao.monitor.internal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.tuyengiao.platform.VietnamDateTimes;

/** What every monitoring page shows its moments with: {@code vnTime}, Vietnam's time of day. */
@ControllerAdvice(assignableTypes = { SourcePages.class, ItemPages.class, ImportPages.class, ReindexPages.class })
class MonitorPageModel {

	@ModelAttribute("vnTime")
	VietnamDateTimes vnTime() {
		return VietnamDateTimes.INSTANCE;
	}

}
