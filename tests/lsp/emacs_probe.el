;;; emacs_probe.el --- the test's eyes in Emacs 28+ with Eglot 1.9+  -*- lexical-binding: t -*-
;; Loaded before the README's Emacs recipe: it records every publishDiagnostics that Eglot handles.
;; After the recipe, `cablelint-probe' opens FILE (the recipe's hook asks Eglot to connect after the
;; next command, which batch Emacs never runs, so the probe runs that hook), waits for the buffer's
;; diagnostics, inserts EDIT above line 1, tells the server at once (instead of after Eglot's idle
;; delay) and waits for the diagnostics of that version. It writes {"first": [...], "edited": [...]}
;; to OUT, the diagnostics as received; exit 1 if none came (the waits' limit is only a safety net).
(require 'json)
(defvar cablelint-probe--published nil "The params of every publishDiagnostics, newest first.")
(defconst cablelint-probe--limit 120 "Seconds a wait may last at most.")

(with-eval-after-load 'eglot
  (advice-add 'eglot-handle-notification :before
              (lambda (_server method &rest params)
                (when (eq method 'textDocument/publishDiagnostics)
                  (push params cablelint-probe--published)))))

(defun cablelint-probe--latest (uri &optional version)
  (seq-find (lambda (params) (and (equal (plist-get params :uri) uri)
                                  (or (null version) (equal (plist-get params :version) version))))
            cablelint-probe--published))

(defun cablelint-probe--wait (uri &optional version)
  (let ((deadline (+ (float-time) cablelint-probe--limit)))
    (while (and (not (cablelint-probe--latest uri version)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (or (cablelint-probe--latest uri version) (kill-emacs 1))))

(defun cablelint-probe (file edit out)
  (find-file file)
  (run-hooks 'post-command-hook)
  (let* ((uri (eglot--path-to-uri buffer-file-name))
         (first (plist-get (cablelint-probe--wait uri) :diagnostics)))
    (goto-char (point-min))
    (insert edit "\n")
    (eglot--signal-textDocument/didChange)
    (let ((edited (plist-get (cablelint-probe--wait uri eglot--versioned-identifier) :diagnostics)))
      (with-temp-file out
        (insert (json-encode (list :first first :edited edited))))))
  (kill-emacs 0))
