-- wrk script: POST one observation to the triage API, building every request explicitly.
local body = '{"text": "As a dinner lady I notice a child becoming quieter and often wearing ripped clothing.", "reporter_setting": "school"}'
local headers = { ["Content-Type"] = "application/json" }

request = function()
  return wrk.format("POST", nil, headers, body)
end
