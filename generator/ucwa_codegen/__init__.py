"""ucwa-codegen: definitions of the UCWA 2.0 API as data -> a typed Python client.

The pipeline, one module a stage::

    load      YAML files -> plain data, with the line and column of every value
    validate  JSON Schema of the format + cross-file rules -> DefinitionError list
    model     validated data -> an immutable intermediate model (names, types, references)
    render    model + templates/ -> {relative path: file bytes}, all in memory
    write     the rendered tree -> disk, atomically; or compared with disk (check)
"""

__version__ = "0.1.0"
