"""Hand-written runtime of the generated UCWA client.

The generator copies this folder unchanged into the package it writes; the generated modules
(resources, enumerations, errors) are thin declarations on top of it.
"""
