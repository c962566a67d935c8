package atlas;

import org.neo4j.server.CommunityEntryPoint;

/**
 * Runs the Neo4j Community server (Bolt only; see scripts/conf.ts) through its own entry class, and ties the JVM's
 * life to the launcher's: the Node launcher keeps this process's stdin open, so when the launcher goes away for any
 * reason (Ctrl-C, crash, kill -9) stdin closes and we exit, which runs Neo4j's shutdown hook and stops the database
 * cleanly.
 * Without this, a killed launcher would leave an orphan JVM holding the ports and the store lock.
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] args) {
    if (Boolean.getBoolean("atlas.detached")) {
      // Started by `npm run db:start` to outlive the launcher; `npm run db:stop` stops it through its pid file.
      CommunityEntryPoint.main(args);
      return;
    }
    Thread stdinWatch = new Thread(LocalNeo4j::exitWhenStdinCloses, "atlas-stdin-watch");
    stdinWatch.setDaemon(true);
    stdinWatch.start();
    CommunityEntryPoint.main(args);
  }

  private static void exitWhenStdinCloses() {
    try {
      while (System.in.read() != -1) {
        // input is ignored; only end-of-stream matters
      }
    } catch (Exception ignored) {
      // an unreadable stdin counts as closed
    }
    System.exit(0);
  }
}
