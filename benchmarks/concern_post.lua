-- wrk script: POST a different concern each time (the same one twice in a day is refused as
-- a duplicate), numbered by thread and request so no two are alike.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  prefix = tostring(tid) .. "-" .. tostring(os.time())
  count = 0
  headers = wrk.headers  -- keeps the Authorization header given with -H
  headers["Content-Type"] = "application/json"
end

request = function()
  count = count + 1
  local body = string.format(
    '{"observation": "Report %s-%d: young men come and go all night from the flat of a vulnerable tenant who says they have his key.", ' ..
    '"grading": {"source": "2", "intelligence": "C", "handling": "P"}, "age_group": "adult", ' ..
    '"subjects": [{"name": "Person %d", "date_of_birth": "1980-01-01"}], "vehicles": [{"registration": "AB12CDE"}]}',
    prefix, count, count)
  return wrk.format("POST", nil, headers, body)
end
