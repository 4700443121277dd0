package vn.tuyengiao.classify;

/**
 * Whether a text's language is toxic: clean (sạch), offensive (xúc phạm: profanity and insults) or hate
 * (thù ghét: abuse aimed at a person or a group). The ViHSD labels.
 */
public enum Toxicity {

	CLEAN, OFFENSIVE, HATE

}
