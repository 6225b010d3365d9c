"""Runs a command in a pseudo-terminal, sends one key once the first prompt shows, and prints
what the terminal showed and the exit status as JSON: how a person at a terminal meets a prompt."""
import json, os, pty, select, sys, time

key = bytes.fromhex(sys.argv[1])
prompt = sys.argv[2].encode()
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[3], sys.argv[3:])

shown = b''
sent = False
deadline = time.time() + 20
while time.time() < deadline:
    ready, _, _ = select.select([fd], [], [], 0.1)
    if ready:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    if not sent and prompt in shown:
        os.write(fd, key)
        sent = True
_, status = os.waitpid(pid, 0)
print(json.dumps({'sent': sent, 'shown': shown.decode('utf-8', 'replace'), 'code': os.waitstatus_to_exitcode(status)}))
