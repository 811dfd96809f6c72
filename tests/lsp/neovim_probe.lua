-- The test's eyes in headless Neovim (0.7 or later), loaded with --cmd before the README's recipe
-- (-u): it records every publishDiagnostics that Neovim handles, and once Neovim has started
-- (VimEnter) it waits for the diagnostics of the buffer, inserts CABLELINT_EDIT above line 1
-- (Neovim sends the change as an incremental one) and waits for the diagnostics of that version.
-- It writes {"first": [...], "edited": [...], "shown": N} to CABLELINT_OUT: the diagnostics as
-- received (LSP ranges) and how many Neovim holds for the buffer at the end, then quits (1: no
-- diagnostics came; the waits' limit is only a safety net).
local out = os.getenv("CABLELINT_OUT")
local edit = os.getenv("CABLELINT_EDIT")
local limit = 120000
local published = {}   -- the params of every publishDiagnostics, in order

local show = vim.lsp.handlers["textDocument/publishDiagnostics"]
vim.lsp.handlers["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
  show(err, result, ctx, config)
  table.insert(published, result)
end

local function quit(code, result)
  if result then
    local handle = io.open(out, "w")
    handle:write(vim.fn.json_encode(result))
    handle:close()
  end
  vim.lsp.stop_client(vim.lsp.get_active_clients())
  vim.wait(limit, function() return #vim.lsp.get_active_clients() == 0 end, 20)
  vim.cmd((code == 0 and "qall!") or "cquit! 1")
end

local function latest(uri, version)
  for index = #published, 1, -1 do
    local params = published[index]
    if params.uri == uri and (version == nil or params.version == version) then
      return params
    end
  end
end

vim.api.nvim_create_autocmd("VimEnter", { callback = function()
  local buf = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(buf)
  if not vim.wait(limit, function() return latest(uri) ~= nil end, 20) then
    return quit(1)
  end
  local result = { first = latest(uri).diagnostics }
  vim.api.nvim_buf_set_lines(buf, 0, 0, false, { edit })
  local version = vim.lsp.util.buf_versions[buf]
  if not vim.wait(limit, function() return latest(uri, version) ~= nil end, 20) then
    return quit(1)
  end
  result.edited = latest(uri, version).diagnostics
  result.shown = #vim.diagnostic.get(buf)
  quit(0, result)
end })
