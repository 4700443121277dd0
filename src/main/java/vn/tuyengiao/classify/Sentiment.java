package vn.tuyengiao.classify;

/** The tone of a text (sắc thái): tích cực, trung lập, tiêu cực. */
public enum Sentiment {

	POSITIVE, NEUTRAL, NEGATIVE

}
