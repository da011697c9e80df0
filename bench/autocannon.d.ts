// The part of autocannon 9's API that bench/api.ts uses (the package ships no types).
declare module 'autocannon' {
  interface Stats { average: number; total: number; p50: number; p99: number; max: number }
  interface Result { requests: Stats; latency: Stats; throughput: Stats; errors: number; timeouts: number; non2xx: number }
  interface Options { url: string; connections?: number; duration?: number; requests?: Array<Request> }
  /** setupRequest rewrites each request before it is sent (a rotating path, say). */
  interface Request { method?: string; path: string; setupRequest?: (req: Request) => Request }
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
