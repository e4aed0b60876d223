import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;

/**
 * Usage: WaitReady <bootstrap> <timeoutSeconds> [pid]
 * Exits 0 once the broker answers admin requests (an open port is not enough:
 * the broker listens before it can serve metadata), 1 on timeout or if pid dies.
 */
public class WaitReady {
  public static void main(String[] args) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(args[1]));
    Long pid = args.length > 2 ? Long.valueOf(args[2]) : null;
    Properties p = new Properties();
    p.put("bootstrap.servers", args[0]);
    p.put("request.timeout.ms", "2000");
    p.put("default.api.timeout.ms", "3000");
    p.put("reconnect.backoff.max.ms", "500");
    Exception last = null;
    try (Admin admin = Admin.create(p)) {
      while (System.nanoTime() < deadline) {
        if (pid != null && !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
          System.err.println("broker process " + pid + " exited");
          System.exit(1);
        }
        try {
          int nodes = admin.describeCluster().nodes().get().size();
          admin.listTopics().names().get();
          if (nodes > 0) return;
        } catch (Exception e) {
          last = e;
        }
        Thread.sleep(300);
      }
    }
    System.err.println("broker not ready in time; last error: " + last);
    System.exit(1);
  }
}
