"""The keys of the meta table's installation facts (no SQLAlchemy: read by the plain-SQL start-up checks)."""

DEVICE_ID = "device_id"
#: The hashed machine id the device id belongs to (desk.store.machine).
DEVICE_MACHINE = "device_machine"
#: Sessions with an id up to this one came with a data folder copied from another PC: that PC counts them.
INHERITED_UP_TO = "device_inherited_up_to"
#: Sessions that were running when the folder moved: finished, and so counted, on this PC.
INHERITED_RUNNING = "device_inherited_running"
#: Group events with an id up to this one came with a copied data folder: the old PC counts them.
INHERITED_EVENTS_UP_TO = "device_inherited_events_up_to"
CATALOGUE_VERSION = "catalogue_version"
