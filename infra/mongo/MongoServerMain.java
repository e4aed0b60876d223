import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** In-memory MongoDB wire-protocol server for tests. Usage: MongoServerMain [port] */
public class MongoServerMain {
  public static void main(String[] args) throws Exception {
    String fromEnv = System.getenv().getOrDefault("MONGO_PORT", "27017");
    int port = Integer.parseInt(args.length > 0 ? args[0] : fromEnv);
    MongoServer server = new MongoServer(new MemoryBackend());
    // Loopback only: a test database with no auth must not be reachable from outside.
    server.bind("127.0.0.1", port);
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
    System.out.println("mongo-java-server listening on 127.0.0.1:" + port);
    Thread.currentThread().join();
  }
}
