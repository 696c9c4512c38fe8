import logging
import logging.handlers

from desk import paths
from desk.log import setup_logging


def test_logs_go_to_a_rotating_file(data_dir):
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        setup_logging()
        handlers = [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
        assert handlers and handlers[0].maxBytes > 0 and handlers[0].backupCount >= 3
        logging.getLogger("desk.test").info("hello from the test")
        handlers[0].flush()
        assert "hello from the test" in (paths.log_dir() / "desk.log").read_text(encoding="utf-8")
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(logging.WARNING)
