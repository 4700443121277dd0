package vn.tuyengiao.platform;

/**
 * An event whose failed deliveries its own module hands back, on a schedule of its own (an e-mail waits minutes
 * between attempts and gives up after a few); the platform's minute-by-minute retry of failed publications
 * leaves it alone.
 */
public interface RetriedByItsModule {
}
