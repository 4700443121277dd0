package vn.tuyengiao.topics.internal.alert;

/** How an alert reaches people: a notification in the app, an e-mail, or a signed call to another system. */
enum AlertChannel {

	IN_APP, EMAIL, WEBHOOK

}
