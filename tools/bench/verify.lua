-- wrk script for rest-wrk.sh: POSTs QR payloads (one per line of $QR_FILE) to the verification API.
-- Each wrk thread walks the whole list from its own offset, so every credential is verified about
-- equally often (the holder history keeps at most 5 verifications per credential per hour).
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  payloads = {}
  for line in io.lines(os.getenv("QR_FILE")) do
    payloads[#payloads + 1] = line
  end
  index = (id * math.floor(#payloads / 2)) % #payloads
  ok = 0
  other = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "text/plain"
  wrk.headers["X-Verifier-Name"] = "wrk benchmark"
end

function request()
  index = index % #payloads + 1
  return wrk.format(nil, nil, nil, payloads[index])
end

function response(status, headers, body)
  if status == 200 and string.find(body, '"verdict":"VALID"', 1, true) then
    ok = ok + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local valid, rest = 0, 0
  for _, t in ipairs(threads) do
    valid = valid + t:get("ok")
    rest = rest + t:get("other")
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_s=%.1f rps=%.0f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f"
      .. " valid=%d not_valid=%d errors_connect=%d errors_read=%d errors_write=%d errors_timeout=%d"
      .. " non_2xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1e3, latency:percentile(90) / 1e3, latency:percentile(99) / 1e3,
    latency.max / 1e3, valid, rest, e.connect, e.read, e.write, e.timeout, e.status))
end
