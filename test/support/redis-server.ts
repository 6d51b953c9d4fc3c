/** The redis-server launcher lives with the benchmark, which runs replicas on it too. */
export {
  startRedisServer,
  stopAllRedisServers,
  type RunningRedis,
} from '../../src/benchmark/fleet/redis-server.js';
