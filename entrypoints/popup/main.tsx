import { mount } from '@/src/ui/mount';
import { Popup } from '@/src/ui/popup';

mount(<Popup />, 'popup.title');
