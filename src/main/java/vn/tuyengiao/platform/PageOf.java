package vn.tuyengiao.platform;

import java.util.List;

import org.springframework.data.domain.Page;

/** The API's shape for one page of a longer list: items, page (from 0), size, and the total count. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

	public static <T> PageOf<T> of(Page<T> page) {
		return new PageOf<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
	}

}
