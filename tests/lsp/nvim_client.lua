-- Neovim 0.7+ as the client of `cablelint server` (vim.lsp.start_client, which 0.7 has; vim.lsp.start
-- came in 0.8). Run headless: nvim --headless --clean -c "luafile nvim_client.lua"
-- Environment: CABLELINT_FILE (the cable to open), CABLELINT_OUT (where to write the JSON result),
-- CABLELINT_CMD (the server command, a JSON list), CABLELINT_EDIT (text to insert before line 1 after
-- the first diagnostics; optional). Writes {"first": [...], "edited": [...], "shown": N}: the
-- diagnostics the server published (LSP ranges, as received) for the file as opened and after the
-- edit, and how many diagnostics Neovim shows for the buffer at the end. Exits 0, or 1 when no
-- diagnostics came (the wait's limit is only a safety net).
local file = os.getenv("CABLELINT_FILE")
local out = os.getenv("CABLELINT_OUT")
local edit = os.getenv("CABLELINT_EDIT")
local limit = 120000

vim.cmd("edit " .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local published = {}   -- the params of every publishDiagnostics for the buffer, in order

local client_id = vim.lsp.start_client({
  name = "cablelint",
  cmd = vim.fn.json_decode(os.getenv("CABLELINT_CMD")),
  root_dir = vim.fn.fnamemodify(file, ":p:h"),
  init_options = { debounce = 0 },
  handlers = {
    ["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
      vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      if result.uri == vim.uri_from_bufnr(buf) then
        table.insert(published, result)
      end
    end,
  },
})
vim.lsp.buf_attach_client(buf, client_id)

local function finish(code, result)
  if result then
    local handle = io.open(out, "w")
    handle:write(vim.fn.json_encode(result))
    handle:close()
  end
  vim.lsp.stop_client(client_id)
  vim.wait(limit, function() return vim.lsp.client_is_stopped(client_id) end, 20)
  vim.cmd((code == 0 and "qall!") or "cquit! 1")
end

if not vim.wait(limit, function() return #published > 0 end, 20) then
  finish(1)
end
local result = { first = published[1].diagnostics }
if edit then
  local before = #published
  vim.api.nvim_buf_set_lines(buf, 0, 0, false, { edit })
  local version = vim.lsp.util.buf_versions[buf]
  if not vim.wait(limit, function()
    return #published > before and published[#published].version == version
  end, 20) then
    finish(1)
  end
  result.edited = published[#published].diagnostics
end
result.shown = #vim.diagnostic.get(buf)
finish(0, result)
